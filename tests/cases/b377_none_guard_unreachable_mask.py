# case: pruned attention-head pooling has a branch that boolean-indexes heads with an Optional head_mask, but make() never passes a mask so the `is not None` guard keeps the dynamic indexing unreachable -> expected static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class HeadPruneConfig:
    def __init__(self, hidden=16, num_heads=4, output_head_scores=False):
        self.hidden = hidden
        self.num_heads = num_heads
        self.output_head_scores = output_head_scores


class PrunableHeadPool(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.num_heads = config.num_heads
        self.head_dim = config.hidden // config.num_heads
        self.proj = nn.Dense(config.hidden, config.hidden)
        self.output_head_scores = config.output_head_scores

    def construct(self, x, head_mask=None):
        b = x.shape[0]
        h = self.proj(x).reshape(b, self.num_heads, self.head_dim)
        scores = ops.abs(h).mean(axis=-1)
        if head_mask is not None:
            h = h[:, head_mask]
        pooled = h.mean(axis=1)
        outputs = (pooled,)
        if self.output_head_scores:
            outputs = outputs + (scores,)
        return outputs


def make():
    np.random.seed(3810)
    cell = PrunableHeadPool(HeadPruneConfig())
    x = Tensor(np.random.randn(3, 16).astype(np.float32))
    return cell, (x,)
