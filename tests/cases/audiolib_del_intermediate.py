# case: memory-conscious conformer convolution module that `del`s its large intermediate activations inside construct -> Graph mode may reject the del statement
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class ConvModuleConfig:
    def __init__(self, d_model=32, kernel_size=7, free_activations=True):
        self.d_model = d_model
        self.kernel_size = kernel_size
        self.free_activations = free_activations


class ConvolutionModule(nn.Cell):
    def __init__(self, config):
        super().__init__()
        d = config.d_model
        self.pw1 = nn.Conv1d(d, 2 * d, 1)
        self.dw = nn.Conv1d(d, d, config.kernel_size, pad_mode="same", group=d)
        self.bn = nn.BatchNorm1d(d)
        self.pw2 = nn.Conv1d(d, d, 1)

    def construct(self, x, pad_mask=None):
        h = x.transpose(0, 2, 1)
        if pad_mask is not None:
            h = ops.masked_fill(h, pad_mask.expand_dims(1), 0.0)
        glu_in = self.pw1(h)
        a, b = ops.chunk(glu_in, 2, axis=1)
        del glu_in
        h = a * ops.sigmoid(b)
        del a, b
        h = self.pw2(ops.silu(self.bn(self.dw(h))))
        return h.transpose(0, 2, 1)


def make():
    np.random.seed(3331)
    net = ConvolutionModule(ConvModuleConfig())
    net.set_train(False)
    x = Tensor(np.random.randn(2, 16, 32).astype(np.float32))
    pad_mask = Tensor(np.arange(16)[None, :] >= np.array([[16], [10]]))
    return net, (x, pad_mask)
