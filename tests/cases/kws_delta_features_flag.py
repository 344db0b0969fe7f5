# case: MFCC with optional delta and delta-delta features controlled by config flags (defaults on) -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


def compute_deltas(x, width=2):
    # x: (B, F, T); regression deltas with edge padding
    denom = 2 * sum(n * n for n in range(1, width + 1))
    padded = ops.pad(x, (width, width), mode="replicate")
    t = x.shape[-1]
    acc = ops.zeros_like(x)
    for n in range(1, width + 1):
        acc = acc + n * (padded[..., width + n: width + n + t] - padded[..., width - n: width - n + t])
    return acc / denom


class DeltaFeatures(nn.Cell):
    def __init__(self, use_delta=True, use_delta2=True, width=2):
        super().__init__()
        self.use_delta = use_delta
        self.use_delta2 = use_delta2
        self.width = width

    def construct(self, mfcc):
        feats = [mfcc]
        if self.use_delta:
            d1 = compute_deltas(mfcc, self.width)
            feats.append(d1)
            if self.use_delta2:
                feats.append(compute_deltas(d1, self.width))
        return ops.concat(feats, axis=1)


def make():
    np.random.seed(30)
    mfcc = np.random.randn(2, 10, 20).astype(np.float32)
    return DeltaFeatures(), (Tensor(mfcc),)
