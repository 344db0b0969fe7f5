# case: length regulator pads the expanded sequence to a bucket size only if the predicted total frames exceed the current length (tensor condition, branches give different shapes) -> error or dynamic
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class RegulatorConfig:
    hidden_size = 16
    bucket_pad = 16


class BucketPadMixin:
    def pad_to_bucket(self, x):
        b, t, c = x.shape
        return ops.concat([x, ops.zeros((b, self.bucket_pad, c), x.dtype)], axis=1)


class BucketedRegulator(nn.Cell, BucketPadMixin):
    def __init__(self, config):
        super().__init__()
        self.bucket_pad = config.bucket_pad
        self.proj = nn.Dense(config.hidden_size, config.hidden_size)

    def construct(self, expanded, durations):
        total = durations.sum()
        if total > expanded.shape[1]:
            expanded = self.pad_to_bucket(expanded)
        return self.proj(expanded)


def make():
    np.random.seed(31)
    cfg = RegulatorConfig()
    x = Tensor(np.random.randn(2, 24, cfg.hidden_size).astype(np.float32))
    dur = Tensor(np.random.randint(1, 5, size=(2, 8)).astype(np.int32))
    return BucketedRegulator(cfg), (x, dur)
