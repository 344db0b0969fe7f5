# case: orders splats back-to-front for painter's-algorithm blending by pulling depths to the host with .tolist() and np.argsort -> host round trip and NumPy on tensor data in construct
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class PainterOrder(nn.Cell):
    def __init__(self, back_to_front=True):
        super().__init__()
        self.back_to_front = back_to_front

    def host_order(self, depths):
        d = np.array(depths.tolist(), dtype=np.float32)
        if self.back_to_front:
            d = -d
        return Tensor(np.argsort(d).astype(np.int32))

    def construct(self, depths, colors, alphas):
        idx = self.host_order(depths)
        colors = ops.gather(colors, idx, 0)
        alphas = ops.gather(alphas, idx, 0)
        return colors * alphas.expand_dims(-1)


def make():
    np.random.seed(22)
    depths = Tensor(np.random.uniform(1, 9, (10,)).astype(np.float32))
    colors = Tensor(np.random.rand(10, 3).astype(np.float32))
    alphas = Tensor(np.random.rand(10).astype(np.float32))
    return PainterOrder(), (depths, colors, alphas)
