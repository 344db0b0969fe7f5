# case: feature aggregator reduces over the axis index stored in the layout metadata tensor (time vs. space) shipped with the batch -> reduce axis from tensor data, error or dynamic
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

LAYOUT_AXES = {"time": 1, "space": 2}


class AggregatorConfig:
    dim = 8
    layout_from_batch = True
    default_layout = "time"


class LayoutAwareAggregator(nn.Cell):
    def __init__(self, config=AggregatorConfig):
        super().__init__()
        self.proj = nn.Dense(config.dim, config.dim)
        self.layout_from_batch = config.layout_from_batch
        self.default_axis = LAYOUT_AXES[config.default_layout]

    def _reduce_axis(self, layout_meta):
        if self.layout_from_batch and layout_meta is not None:
            return int(layout_meta.asnumpy()[0])
        return self.default_axis

    def construct(self, tokens, layout_meta=None):
        # tokens: (B, T, S, D)
        axis = self._reduce_axis(layout_meta)
        pooled = tokens.mean(axis=axis)
        return self.proj(pooled)


def make():
    np.random.seed(126)
    tokens = Tensor(np.random.randn(2, 4, 6, 8).astype(np.float32))
    meta = Tensor(np.array([1, 0], dtype=np.int32))
    return LayoutAwareAggregator(), (tokens, meta)
