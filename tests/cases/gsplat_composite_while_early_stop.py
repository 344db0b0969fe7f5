# case: front-to-back compositing of one pixel in a while loop that stops once transmittance drops below a tensor threshold -> tensor-valued while condition; may compile as a control-flow loop or fail
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class EarlyStopPixel(nn.Cell):
    def __init__(self, t_min=1e-4):
        super().__init__()
        self.t_min = t_min

    def construct(self, alphas, colors):
        n = alphas.shape[0]
        i = Tensor(0, ms.int32)
        trans = Tensor(1.0, ms.float32)
        rgb = ops.zeros((3,), ms.float32)
        while i < n and trans > self.t_min:
            a = alphas[i]
            rgb = rgb + trans * a * colors[i]
            trans = trans * (1.0 - a)
            i = i + 1
        return rgb, trans, i


def make():
    np.random.seed(6)
    alphas = Tensor(np.random.uniform(0.3, 0.95, (10,)).astype(np.float32))
    colors = Tensor(np.random.rand(10, 3).astype(np.float32))
    return EarlyStopPixel(), (alphas, colors)
