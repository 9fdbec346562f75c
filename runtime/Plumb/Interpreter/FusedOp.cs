using Plumb.Instructions;

namespace Plumb.Interpreter;

/// <summary>
/// The interpreter's super-instructions: integer binary operators with their operands folded in,
/// so that <c>local.get x; i32.const k; i32.add</c> is one dispatch instead of three. Each is named
/// after the table's instruction it specialises plus where its operands come from: <c>K</c> the right
/// operand is a constant (C), <c>L</c> a local (A), <c>LK</c> local A and constant C (result pushed),
/// <c>LL</c> locals A and B (result pushed). Codes start above every table row; they exist only in
/// <see cref="InterpretedOp"/>s, never in decoded code. See runtime/RATIONALE.md, "What code does the
/// interpreter run?".
/// </summary>
internal static class FusedOp
{
    /// <summary>
    /// The first fused code, well above the table's rows (FusedOpTests checks it). Numbering them
    /// right after the rows (one dense jump table) measured about 20% slower on the benchmark kernels
    /// than this (a second jump table), because of how the JIT then allocates the loop's registers.
    /// </summary>
    public const Opcode First = (Opcode)1024;

    /// <summary>Where a fused operator's operands come from.</summary>
    public enum Variant
    {
        Constant = 0,
        Local = 1,
        LocalConstant = 2,
        LocalLocal = 3,
    }

    /// <summary>The fused form of <paramref name="opcode"/>, or null when it has none.</summary>
    public static Opcode? Of(Opcode opcode, Variant variant) => opcode switch
    {
            Opcode.I32Add => (Opcode)(1024 + (int)variant),
            Opcode.I32Sub => (Opcode)(1028 + (int)variant),
            Opcode.I32Mul => (Opcode)(1032 + (int)variant),
            Opcode.I32And => (Opcode)(1036 + (int)variant),
            Opcode.I32Or => (Opcode)(1040 + (int)variant),
            Opcode.I32Xor => (Opcode)(1044 + (int)variant),
            Opcode.I32Shl => (Opcode)(1048 + (int)variant),
            Opcode.I32ShrS => (Opcode)(1052 + (int)variant),
            Opcode.I32ShrU => (Opcode)(1056 + (int)variant),
            Opcode.I32Eq => (Opcode)(1060 + (int)variant),
            Opcode.I32Ne => (Opcode)(1064 + (int)variant),
            Opcode.I32LtS => (Opcode)(1068 + (int)variant),
            Opcode.I32LtU => (Opcode)(1072 + (int)variant),
            Opcode.I32GtS => (Opcode)(1076 + (int)variant),
            Opcode.I32GtU => (Opcode)(1080 + (int)variant),
            Opcode.I32LeS => (Opcode)(1084 + (int)variant),
            Opcode.I32LeU => (Opcode)(1088 + (int)variant),
            Opcode.I32GeS => (Opcode)(1092 + (int)variant),
            Opcode.I32GeU => (Opcode)(1096 + (int)variant),
            Opcode.I64Add => (Opcode)(1100 + (int)variant),
            Opcode.I64Sub => (Opcode)(1104 + (int)variant),
            Opcode.I64Mul => (Opcode)(1108 + (int)variant),
            Opcode.I64And => (Opcode)(1112 + (int)variant),
            Opcode.I64Or => (Opcode)(1116 + (int)variant),
            Opcode.I64Xor => (Opcode)(1120 + (int)variant),
            Opcode.I64Shl => (Opcode)(1124 + (int)variant),
            Opcode.I64ShrS => (Opcode)(1128 + (int)variant),
            Opcode.I64ShrU => (Opcode)(1132 + (int)variant),
            Opcode.I64Eq => (Opcode)(1136 + (int)variant),
            Opcode.I64Ne => (Opcode)(1140 + (int)variant),
            Opcode.I64LtS => (Opcode)(1144 + (int)variant),
            Opcode.I64LtU => (Opcode)(1148 + (int)variant),
            Opcode.I64GtS => (Opcode)(1152 + (int)variant),
            Opcode.I64GtU => (Opcode)(1156 + (int)variant),
            Opcode.I64LeS => (Opcode)(1160 + (int)variant),
            Opcode.I64LeU => (Opcode)(1164 + (int)variant),
            Opcode.I64GeS => (Opcode)(1168 + (int)variant),
            Opcode.I64GeU => (Opcode)(1172 + (int)variant),
        _ => null,
    };

    public const Opcode I32AddK = (Opcode)1024;
    public const Opcode I32AddL = (Opcode)1025;
    public const Opcode I32AddLK = (Opcode)1026;
    public const Opcode I32AddLL = (Opcode)1027;
    public const Opcode I32SubK = (Opcode)1028;
    public const Opcode I32SubL = (Opcode)1029;
    public const Opcode I32SubLK = (Opcode)1030;
    public const Opcode I32SubLL = (Opcode)1031;
    public const Opcode I32MulK = (Opcode)1032;
    public const Opcode I32MulL = (Opcode)1033;
    public const Opcode I32MulLK = (Opcode)1034;
    public const Opcode I32MulLL = (Opcode)1035;
    public const Opcode I32AndK = (Opcode)1036;
    public const Opcode I32AndL = (Opcode)1037;
    public const Opcode I32AndLK = (Opcode)1038;
    public const Opcode I32AndLL = (Opcode)1039;
    public const Opcode I32OrK = (Opcode)1040;
    public const Opcode I32OrL = (Opcode)1041;
    public const Opcode I32OrLK = (Opcode)1042;
    public const Opcode I32OrLL = (Opcode)1043;
    public const Opcode I32XorK = (Opcode)1044;
    public const Opcode I32XorL = (Opcode)1045;
    public const Opcode I32XorLK = (Opcode)1046;
    public const Opcode I32XorLL = (Opcode)1047;
    public const Opcode I32ShlK = (Opcode)1048;
    public const Opcode I32ShlL = (Opcode)1049;
    public const Opcode I32ShlLK = (Opcode)1050;
    public const Opcode I32ShlLL = (Opcode)1051;
    public const Opcode I32ShrSK = (Opcode)1052;
    public const Opcode I32ShrSL = (Opcode)1053;
    public const Opcode I32ShrSLK = (Opcode)1054;
    public const Opcode I32ShrSLL = (Opcode)1055;
    public const Opcode I32ShrUK = (Opcode)1056;
    public const Opcode I32ShrUL = (Opcode)1057;
    public const Opcode I32ShrULK = (Opcode)1058;
    public const Opcode I32ShrULL = (Opcode)1059;
    public const Opcode I32EqK = (Opcode)1060;
    public const Opcode I32EqL = (Opcode)1061;
    public const Opcode I32EqLK = (Opcode)1062;
    public const Opcode I32EqLL = (Opcode)1063;
    public const Opcode I32NeK = (Opcode)1064;
    public const Opcode I32NeL = (Opcode)1065;
    public const Opcode I32NeLK = (Opcode)1066;
    public const Opcode I32NeLL = (Opcode)1067;
    public const Opcode I32LtSK = (Opcode)1068;
    public const Opcode I32LtSL = (Opcode)1069;
    public const Opcode I32LtSLK = (Opcode)1070;
    public const Opcode I32LtSLL = (Opcode)1071;
    public const Opcode I32LtUK = (Opcode)1072;
    public const Opcode I32LtUL = (Opcode)1073;
    public const Opcode I32LtULK = (Opcode)1074;
    public const Opcode I32LtULL = (Opcode)1075;
    public const Opcode I32GtSK = (Opcode)1076;
    public const Opcode I32GtSL = (Opcode)1077;
    public const Opcode I32GtSLK = (Opcode)1078;
    public const Opcode I32GtSLL = (Opcode)1079;
    public const Opcode I32GtUK = (Opcode)1080;
    public const Opcode I32GtUL = (Opcode)1081;
    public const Opcode I32GtULK = (Opcode)1082;
    public const Opcode I32GtULL = (Opcode)1083;
    public const Opcode I32LeSK = (Opcode)1084;
    public const Opcode I32LeSL = (Opcode)1085;
    public const Opcode I32LeSLK = (Opcode)1086;
    public const Opcode I32LeSLL = (Opcode)1087;
    public const Opcode I32LeUK = (Opcode)1088;
    public const Opcode I32LeUL = (Opcode)1089;
    public const Opcode I32LeULK = (Opcode)1090;
    public const Opcode I32LeULL = (Opcode)1091;
    public const Opcode I32GeSK = (Opcode)1092;
    public const Opcode I32GeSL = (Opcode)1093;
    public const Opcode I32GeSLK = (Opcode)1094;
    public const Opcode I32GeSLL = (Opcode)1095;
    public const Opcode I32GeUK = (Opcode)1096;
    public const Opcode I32GeUL = (Opcode)1097;
    public const Opcode I32GeULK = (Opcode)1098;
    public const Opcode I32GeULL = (Opcode)1099;
    public const Opcode I64AddK = (Opcode)1100;
    public const Opcode I64AddL = (Opcode)1101;
    public const Opcode I64AddLK = (Opcode)1102;
    public const Opcode I64AddLL = (Opcode)1103;
    public const Opcode I64SubK = (Opcode)1104;
    public const Opcode I64SubL = (Opcode)1105;
    public const Opcode I64SubLK = (Opcode)1106;
    public const Opcode I64SubLL = (Opcode)1107;
    public const Opcode I64MulK = (Opcode)1108;
    public const Opcode I64MulL = (Opcode)1109;
    public const Opcode I64MulLK = (Opcode)1110;
    public const Opcode I64MulLL = (Opcode)1111;
    public const Opcode I64AndK = (Opcode)1112;
    public const Opcode I64AndL = (Opcode)1113;
    public const Opcode I64AndLK = (Opcode)1114;
    public const Opcode I64AndLL = (Opcode)1115;
    public const Opcode I64OrK = (Opcode)1116;
    public const Opcode I64OrL = (Opcode)1117;
    public const Opcode I64OrLK = (Opcode)1118;
    public const Opcode I64OrLL = (Opcode)1119;
    public const Opcode I64XorK = (Opcode)1120;
    public const Opcode I64XorL = (Opcode)1121;
    public const Opcode I64XorLK = (Opcode)1122;
    public const Opcode I64XorLL = (Opcode)1123;
    public const Opcode I64ShlK = (Opcode)1124;
    public const Opcode I64ShlL = (Opcode)1125;
    public const Opcode I64ShlLK = (Opcode)1126;
    public const Opcode I64ShlLL = (Opcode)1127;
    public const Opcode I64ShrSK = (Opcode)1128;
    public const Opcode I64ShrSL = (Opcode)1129;
    public const Opcode I64ShrSLK = (Opcode)1130;
    public const Opcode I64ShrSLL = (Opcode)1131;
    public const Opcode I64ShrUK = (Opcode)1132;
    public const Opcode I64ShrUL = (Opcode)1133;
    public const Opcode I64ShrULK = (Opcode)1134;
    public const Opcode I64ShrULL = (Opcode)1135;
    public const Opcode I64EqK = (Opcode)1136;
    public const Opcode I64EqL = (Opcode)1137;
    public const Opcode I64EqLK = (Opcode)1138;
    public const Opcode I64EqLL = (Opcode)1139;
    public const Opcode I64NeK = (Opcode)1140;
    public const Opcode I64NeL = (Opcode)1141;
    public const Opcode I64NeLK = (Opcode)1142;
    public const Opcode I64NeLL = (Opcode)1143;
    public const Opcode I64LtSK = (Opcode)1144;
    public const Opcode I64LtSL = (Opcode)1145;
    public const Opcode I64LtSLK = (Opcode)1146;
    public const Opcode I64LtSLL = (Opcode)1147;
    public const Opcode I64LtUK = (Opcode)1148;
    public const Opcode I64LtUL = (Opcode)1149;
    public const Opcode I64LtULK = (Opcode)1150;
    public const Opcode I64LtULL = (Opcode)1151;
    public const Opcode I64GtSK = (Opcode)1152;
    public const Opcode I64GtSL = (Opcode)1153;
    public const Opcode I64GtSLK = (Opcode)1154;
    public const Opcode I64GtSLL = (Opcode)1155;
    public const Opcode I64GtUK = (Opcode)1156;
    public const Opcode I64GtUL = (Opcode)1157;
    public const Opcode I64GtULK = (Opcode)1158;
    public const Opcode I64GtULL = (Opcode)1159;
    public const Opcode I64LeSK = (Opcode)1160;
    public const Opcode I64LeSL = (Opcode)1161;
    public const Opcode I64LeSLK = (Opcode)1162;
    public const Opcode I64LeSLL = (Opcode)1163;
    public const Opcode I64LeUK = (Opcode)1164;
    public const Opcode I64LeUL = (Opcode)1165;
    public const Opcode I64LeULK = (Opcode)1166;
    public const Opcode I64LeULL = (Opcode)1167;
    public const Opcode I64GeSK = (Opcode)1168;
    public const Opcode I64GeSL = (Opcode)1169;
    public const Opcode I64GeSLK = (Opcode)1170;
    public const Opcode I64GeSLL = (Opcode)1171;
    public const Opcode I64GeUK = (Opcode)1172;
    public const Opcode I64GeUL = (Opcode)1173;
    public const Opcode I64GeULK = (Opcode)1174;
    public const Opcode I64GeULL = (Opcode)1175;

    /// <summary>Which branch a fused compare-and-branch takes.</summary>
    public enum BranchForm
    {
        /// <summary>Right operand constant; <c>br_if</c> (jump when true).</summary>
        ConstantBrIf = 0,
        /// <summary>Local and constant; <c>br_if</c>.</summary>
        LocalConstantBrIf = 1,
        /// <summary>Right operand constant; <c>if</c> (jump to the else-part when false).</summary>
        ConstantIf = 2,
        /// <summary>Local and constant; <c>if</c>.</summary>
        LocalConstantIf = 3,
    }

    /// <summary>
    /// The compare-and-branch form of an i32 comparison: the comparison with its operands folded
    /// (as in the K and LK variants) and a jump to D (relative once translated) in one op.
    /// </summary>
    public static Opcode? Branch(Opcode comparison, BranchForm form) => comparison switch
    {
            Opcode.I32Eq => (Opcode)(1200 + (int)form),
            Opcode.I32Ne => (Opcode)(1204 + (int)form),
            Opcode.I32LtS => (Opcode)(1208 + (int)form),
            Opcode.I32LtU => (Opcode)(1212 + (int)form),
            Opcode.I32GtS => (Opcode)(1216 + (int)form),
            Opcode.I32GtU => (Opcode)(1220 + (int)form),
            Opcode.I32LeS => (Opcode)(1224 + (int)form),
            Opcode.I32LeU => (Opcode)(1228 + (int)form),
            Opcode.I32GeS => (Opcode)(1232 + (int)form),
            Opcode.I32GeU => (Opcode)(1236 + (int)form),
        _ => null,
    };

    /// <summary>True for the ops whose jump target is in D (compare-and-branch).</summary>
    public static bool JumpsThroughD(Opcode code) => code >= I32EqKBrIf && code <= I32EqzIf;

    public const Opcode I32EqKBrIf = (Opcode)1200;
    public const Opcode I32EqLKBrIf = (Opcode)1201;
    public const Opcode I32EqKIf = (Opcode)1202;
    public const Opcode I32EqLKIf = (Opcode)1203;
    public const Opcode I32NeKBrIf = (Opcode)1204;
    public const Opcode I32NeLKBrIf = (Opcode)1205;
    public const Opcode I32NeKIf = (Opcode)1206;
    public const Opcode I32NeLKIf = (Opcode)1207;
    public const Opcode I32LtSKBrIf = (Opcode)1208;
    public const Opcode I32LtSLKBrIf = (Opcode)1209;
    public const Opcode I32LtSKIf = (Opcode)1210;
    public const Opcode I32LtSLKIf = (Opcode)1211;
    public const Opcode I32LtUKBrIf = (Opcode)1212;
    public const Opcode I32LtULKBrIf = (Opcode)1213;
    public const Opcode I32LtUKIf = (Opcode)1214;
    public const Opcode I32LtULKIf = (Opcode)1215;
    public const Opcode I32GtSKBrIf = (Opcode)1216;
    public const Opcode I32GtSLKBrIf = (Opcode)1217;
    public const Opcode I32GtSKIf = (Opcode)1218;
    public const Opcode I32GtSLKIf = (Opcode)1219;
    public const Opcode I32GtUKBrIf = (Opcode)1220;
    public const Opcode I32GtULKBrIf = (Opcode)1221;
    public const Opcode I32GtUKIf = (Opcode)1222;
    public const Opcode I32GtULKIf = (Opcode)1223;
    public const Opcode I32LeSKBrIf = (Opcode)1224;
    public const Opcode I32LeSLKBrIf = (Opcode)1225;
    public const Opcode I32LeSKIf = (Opcode)1226;
    public const Opcode I32LeSLKIf = (Opcode)1227;
    public const Opcode I32LeUKBrIf = (Opcode)1228;
    public const Opcode I32LeULKBrIf = (Opcode)1229;
    public const Opcode I32LeUKIf = (Opcode)1230;
    public const Opcode I32LeULKIf = (Opcode)1231;
    public const Opcode I32GeSKBrIf = (Opcode)1232;
    public const Opcode I32GeSLKBrIf = (Opcode)1233;
    public const Opcode I32GeSKIf = (Opcode)1234;
    public const Opcode I32GeSLKIf = (Opcode)1235;
    public const Opcode I32GeUKBrIf = (Opcode)1236;
    public const Opcode I32GeULKBrIf = (Opcode)1237;
    public const Opcode I32GeUKIf = (Opcode)1238;
    public const Opcode I32GeULKIf = (Opcode)1239;
    public const Opcode I32EqzBrIf = (Opcode)1240;
    public const Opcode I32EqzIf = (Opcode)1241;
}
