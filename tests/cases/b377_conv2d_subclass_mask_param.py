# case: unstructured-pruning Conv2d subclass multiplies its weight by a non-trainable mask Parameter built in a helper and calls the parent's conv primitive -> expected static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor, Parameter


class MaskedConv2d(nn.Conv2d):
    def __init__(self, in_channels, out_channels, kernel_size, sparsity=0.0, **kwargs):
        super().__init__(in_channels, out_channels, kernel_size, **kwargs)
        self._init_mask(sparsity)

    def _init_mask(self, sparsity):
        shape = self.weight.shape
        mask = (np.random.rand(*shape) >= sparsity).astype(np.float32)
        self.weight_mask = Parameter(Tensor(mask), name="weight_mask", requires_grad=False)

    def construct(self, x):
        w = self.weight * self.weight_mask
        out = self.conv2d(x, w)
        if self.has_bias:
            out = self.bias_add(out, self.bias)
        return out


class PrunedStem(nn.Cell):
    def __init__(self, sparsities=(0.3, 0.5)):
        super().__init__()
        chans = [3, 8, 8]
        self.convs = nn.CellList([
            MaskedConv2d(cin, cout, 3, sparsity=s, pad_mode="same", has_bias=True)
            for (cin, cout), s in zip(zip(chans[:-1], chans[1:]), sparsities)
        ])

    def construct(self, x):
        for conv in self.convs:
            x = ops.relu(conv(x))
        return x


def make():
    np.random.seed(3804)
    cell = PrunedStem()
    x = Tensor(np.random.randn(2, 3, 8, 8).astype(np.float32))
    return cell, (x,)
