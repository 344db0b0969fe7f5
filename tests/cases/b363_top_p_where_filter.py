# case: batched top-p warper sorts logits, masks the tail with a three-argument ops.where and scatters back to vocab order with argsort indices -> fixed shapes; expect static graph
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

FILTER_VALUE = -1e4


class LogitsWarper(nn.Cell):
    """Base class: subclasses implement _warp; temperature handled here."""

    def __init__(self, config):
        super().__init__()
        self.temperature = getattr(config, "temperature", 1.0)

    def construct(self, logits):
        if self.temperature != 1.0:
            logits = logits / self.temperature
        return self._warp(logits)


class TopPWarper(LogitsWarper):
    def __init__(self, config):
        super().__init__(config)
        self.top_p = config.top_p
        self.min_keep = getattr(config, "min_tokens_to_keep", 1)

    def _warp(self, logits):
        sorted_logits, sorted_ids = ops.sort(logits, axis=-1, descending=True)
        cumulative = ops.cumsum(ops.softmax(sorted_logits, axis=-1), axis=-1)
        remove = cumulative > self.top_p
        remove = ops.concat([ops.zeros_like(remove[:, :self.min_keep]), remove[:, self.min_keep:]], axis=-1)
        filtered = ops.where(remove, ops.full_like(sorted_logits, FILTER_VALUE), sorted_logits)
        restore = ops.argsort(sorted_ids, axis=-1)
        return ops.gather_elements(filtered, 1, restore)


class Config:
    temperature = 0.9
    top_p = 0.8
    min_tokens_to_keep = 2


def make():
    np.random.seed(3636)
    logits = Tensor((np.random.randn(4, 48) * 2).astype(np.float32))
    return TopPWarper(Config()), (logits,)
