# case: depthwise-separable conv block configured by a dataclass with optional squeeze-excite -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor
from dataclasses import dataclass, field


@dataclass
class BlockArgs:
    in_channels: int = 4
    out_channels: int = 8
    kernel_size: int = 3
    se_ratio: float = 0.25
    skip: bool = True
    extra: dict = field(default_factory=lambda: {"act": "swish"})


class SqueezeExcite(nn.Cell):
    def __init__(self, channels, reduced):
        super().__init__()
        self.reduce = nn.Conv2d(channels, reduced, 1, has_bias=True)
        self.expand = nn.Conv2d(reduced, channels, 1, has_bias=True)

    def construct(self, x):
        s = x.mean(axis=(2, 3), keep_dims=True)
        return x * ops.sigmoid(self.expand(ops.silu(self.reduce(s))))


class SeparableBlock(nn.Cell):
    def __init__(self, args: BlockArgs = BlockArgs()):
        super().__init__()
        self.dw = nn.Conv2d(args.in_channels, args.in_channels, args.kernel_size,
                            group=args.in_channels, pad_mode="same")
        self.pw = nn.Conv2d(args.in_channels, args.out_channels, 1)
        self.has_se = args.se_ratio is not None and 0 < args.se_ratio <= 1
        if self.has_se:
            self.se = SqueezeExcite(args.in_channels, max(1, int(args.in_channels * args.se_ratio)))
        self.use_skip = args.skip and args.in_channels == args.out_channels

    def construct(self, x):
        h = ops.silu(self.dw(x))
        if self.has_se:
            h = self.se(h)
        h = self.pw(h)
        if self.use_skip:
            h = h + x
        return h


def make():
    np.random.seed(48)
    x = Tensor(np.random.randn(1, 4, 6, 6).astype(np.float32))
    return SeparableBlock(), (x,)
