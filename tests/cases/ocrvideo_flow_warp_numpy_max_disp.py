# case: flow warping normalises flow by its max displacement computed with .asnumpy() and NumPy before grid_sample -> compile error at line 16
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class NormalizedFlowWarp(nn.Cell):
    def __init__(self, max_disp=4.0, clamp_flow=True):
        super().__init__()
        self.max_disp = max_disp
        self.clamp_flow = clamp_flow

    def _clamp(self, flow):
        if not self.clamp_flow:
            return flow
        mag = np.sqrt((flow.asnumpy() ** 2).sum(axis=1)).max()
        factor = min(1.0, self.max_disp / float(mag + 1e-6))
        return flow * factor

    def construct(self, frame, flow):
        _, _, h, w = frame.shape
        flow = self._clamp(flow)
        ys, xs = ops.meshgrid(ops.arange(h, dtype=ms.float32), ops.arange(w, dtype=ms.float32), indexing="ij")
        gx = (xs + flow[:, 0]) / (w - 1) * 2 - 1
        gy = (ys + flow[:, 1]) / (h - 1) * 2 - 1
        grid = ops.stack((gx, gy), axis=-1)
        return ops.grid_sample(frame, grid, align_corners=True)


def make():
    np.random.seed(18)
    frame = Tensor(np.random.randn(1, 4, 10, 12).astype(np.float32))
    flow = Tensor((np.random.randn(1, 2, 10, 12) * 3).astype(np.float32))
    return NormalizedFlowWarp(), (frame, flow)
