# case: once-for-all elastic depthwise conv crops the centre of the max kernel for the active kernel size chosen from config -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor, Parameter


def sub_kernel_slice(max_k, k):
    start = (max_k - k) // 2
    return start, start + k


class ElasticDWConv(nn.Cell):
    def __init__(self, ch=8, kernel_sizes=(3, 5, 7), active_kernel=None):
        super().__init__()
        self.max_k = max(kernel_sizes)
        self.kernel_sizes = kernel_sizes
        self.active_kernel = active_kernel or self.max_k
        w = np.random.randn(ch, 1, self.max_k, self.max_k).astype(np.float32) * 0.1
        self.weight = Parameter(Tensor(w), name="dw_weight")
        self.ch = ch

    def active_filter(self):
        s, e = sub_kernel_slice(self.max_k, self.active_kernel)
        return self.weight[:, :, s:e, s:e]

    def construct(self, x):
        w = self.active_filter()
        return ops.conv2d(x, w, pad_mode='same', groups=self.ch)


class ElasticStage(nn.Cell):
    def __init__(self, ch=8, kernels=(5, 3)):
        super().__init__()
        self.layers = nn.CellList([ElasticDWConv(ch, active_kernel=k) for k in kernels])

    def construct(self, x):
        for layer in self.layers:
            x = ops.relu(layer(x)) + x
        return x


def make():
    np.random.seed(35)
    x = Tensor(np.random.randn(2, 8, 7, 7).astype(np.float32))
    return ElasticStage(), (x,)
