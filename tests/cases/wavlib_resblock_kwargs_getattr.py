# case: HiFi-GAN MRF block forwards **kwargs to its residual units and reads the dilation pattern with getattr(config, "dilations", DEFAULT) -> Graph mode resolves kwargs and getattr as constants (static)
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

DEFAULT_DILATIONS = (1, 3, 5)
LRELU_SLOPE = 0.1


class GeneratorConfig:
    def __init__(self, channels=8, kernel_sizes=(3, 5)):
        self.channels = channels
        self.kernel_sizes = kernel_sizes


class ResUnit(nn.Cell):
    def __init__(self, channels, kernel_size, dilation):
        super().__init__()
        self.conv1 = nn.Conv1d(channels, channels, kernel_size, dilation=dilation, pad_mode="same", has_bias=True)
        self.conv2 = nn.Conv1d(channels, channels, kernel_size, pad_mode="same", has_bias=True)
        self.act = nn.LeakyReLU(LRELU_SLOPE)

    def construct(self, x, x_mask=None, **kwargs):
        h = self.conv2(self.act(self.conv1(self.act(x))))
        if x_mask is not None:
            h = h * x_mask
        return x + h * kwargs.get("residual_scale", 1.0)


class MultiReceptiveFieldFusion(nn.Cell):
    def __init__(self, config):
        super().__init__()
        dilations = getattr(config, "dilations", DEFAULT_DILATIONS)
        self.branches = nn.CellList([
            nn.SequentialCell([ResUnit(config.channels, k, d) for d in dilations]) for k in config.kernel_sizes
        ])
        self.num_kernels = len(config.kernel_sizes)

    def _run_branch(self, branch, x, *args, **kwargs):
        for unit in branch:
            x = unit(x, *args, **kwargs)
        return x

    def construct(self, x, x_mask=None):
        out = None
        for branch in self.branches:
            h = self._run_branch(branch, x, x_mask, residual_scale=0.5)
            out = h if out is None else out + h
        return out / self.num_kernels


def make():
    np.random.seed(35935)
    mrf = MultiReceptiveFieldFusion(GeneratorConfig())
    x = Tensor(np.random.randn(2, 8, 64).astype(np.float32))
    mask = Tensor(np.ones((2, 1, 64), np.float32))
    return mrf, (x, mask)
