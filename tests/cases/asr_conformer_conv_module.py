# case: Conformer convolution module (pointwise+GLU, depthwise conv, BatchNorm, Swish) with a padding mask -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class ConformerConvModule(nn.Cell):
    def __init__(self, dim=16, kernel_size=7, causal=False, use_batchnorm=True):
        super().__init__()
        self.pointwise1 = nn.Conv1d(dim, 2 * dim, 1, has_bias=True)
        self.causal = causal
        self.lorder = kernel_size - 1 if causal else 0
        pad_mode = "valid" if causal else "same"
        self.depthwise = nn.Conv1d(dim, dim, kernel_size, group=dim, pad_mode=pad_mode, has_bias=True)
        self.norm = nn.BatchNorm1d(dim) if use_batchnorm else nn.LayerNorm((dim,))
        self.use_batchnorm = use_batchnorm
        self.pointwise2 = nn.Conv1d(dim, dim, 1, has_bias=True)

    def construct(self, x, mask_pad=None):
        x = x.transpose(0, 2, 1)                     # (B, D, T)
        if mask_pad is not None:
            x = x * mask_pad.expand_dims(1)
        a, b = ops.chunk(self.pointwise1(x), 2, axis=1)
        x = a * ops.sigmoid(b)
        if self.lorder > 0:
            x = ops.pad(x, (self.lorder, 0))
        x = self.depthwise(x)
        if self.use_batchnorm:
            x = self.norm(x)
        else:
            x = self.norm(x.transpose(0, 2, 1)).transpose(0, 2, 1)
        x = self.pointwise2(ops.silu(x))
        return x.transpose(0, 2, 1)


def make():
    np.random.seed(32)
    x = Tensor(np.random.randn(2, 11, 16).astype(np.float32))
    mask = Tensor((np.arange(11)[None, :] < np.array([[11], [8]])).astype(np.float32))
    net = ConformerConvModule()
    net.set_train(False)
    return net, (x, mask)
