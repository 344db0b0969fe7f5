# case: SPyNet-style coarse-to-fine flow estimation over a fixed number of pyramid levels with sizes from x.shape -> static graph compiles
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class FlowLevel(nn.Cell):
    def __init__(self):
        super().__init__()
        self.net = nn.SequentialCell([
            nn.Conv2d(8, 8, 3, pad_mode="same"), nn.ReLU(),
            nn.Conv2d(8, 2, 3, pad_mode="same")])

    def construct(self, ref, supp, flow):
        return flow + self.net(ops.cat((ref, supp, flow), axis=1))


class FlowPyramid(nn.Cell):
    def __init__(self, levels=3):
        super().__init__()
        self.levels = levels
        self.blocks = nn.CellList([FlowLevel() for _ in range(levels)])

    def construct(self, ref, supp):
        refs, supps = [ref], [supp]
        for _ in range(self.levels - 1):
            refs.insert(0, ops.avg_pool2d(refs[0], 2, 2))
            supps.insert(0, ops.avg_pool2d(supps[0], 2, 2))
        b, _, h0, w0 = refs[0].shape
        flow = ops.zeros((b, 2, h0, w0), ref.dtype)
        for lvl in range(self.levels):
            if lvl > 0:
                h, w = refs[lvl].shape[2], refs[lvl].shape[3]
                flow = ops.interpolate(flow, size=(h, w), mode="bilinear", align_corners=True) * 2.0
            flow = self.blocks[lvl](refs[lvl], supps[lvl], flow)
        return flow


def make():
    np.random.seed(33)
    ref = Tensor(np.random.rand(1, 3, 16, 16).astype(np.float32))
    supp = Tensor(np.random.rand(1, 3, 16, 16).astype(np.float32))
    return FlowPyramid(), (ref, supp)
