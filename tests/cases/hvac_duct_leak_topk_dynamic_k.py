# case: duct-leak localiser picks top-k pressure drops where k is the count of segments below a tolerance, converted with int() -> error (tensor value used as topk k)
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class LeakLocaliser(nn.Cell):
    def __init__(self, tolerance=0.8):
        super().__init__()
        self.tolerance = tolerance

    def pressure_drop(self, upstream, downstream):
        return upstream - downstream

    def construct(self, upstream, downstream):
        drop = self.pressure_drop(upstream, downstream)
        suspicious = (drop > self.tolerance).astype(ms.int32).sum()
        k = int(suspicious)
        values, segments = ops.topk(drop, k)
        return values, segments


def make():
    np.random.seed(7)
    net = LeakLocaliser()
    up = Tensor((120.0 + np.random.randn(16)).astype(np.float32))
    down = Tensor((119.5 + np.random.randn(16)).astype(np.float32))
    return net, (up, down)
