# case: text-encoder mean pooler that trims padding to the longest valid length read from the attention mask with .item() before averaging -> slice length comes from tensor data, Graph mode should reject or go dynamic
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class PoolerConfig:
    hidden_size = 24
    pooling_mode = "mean"
    trim_padding = True


class MeanPooler(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.pooling_mode = config.pooling_mode
        self.trim_padding = getattr(config, "trim_padding", False)
        self.dense = nn.Dense(config.hidden_size, config.hidden_size)
        self.activation = nn.Tanh()

    def _trim(self, hidden_states, attention_mask):
        longest = attention_mask.sum(axis=1).max().item()
        return hidden_states[:, :longest], attention_mask[:, :longest]

    def construct(self, hidden_states, attention_mask=None):
        if attention_mask is None:
            attention_mask = ops.ones(hidden_states.shape[:2], ms.int32)
        if self.trim_padding:
            hidden_states, attention_mask = self._trim(hidden_states, attention_mask)
        mask = attention_mask.astype(hidden_states.dtype).expand_dims(-1)
        summed = (hidden_states * mask).sum(axis=1)
        pooled = summed / ops.clamp(mask.sum(axis=1), min=1e-9)
        return self.activation(self.dense(pooled))


def make():
    np.random.seed(7)
    cell = MeanPooler(PoolerConfig())
    hidden = Tensor(np.random.randn(2, 10, 24).astype(np.float32))
    mask = np.zeros((2, 10), dtype=np.int32)
    mask[0, :6] = 1
    mask[1, :4] = 1
    return cell, (hidden, Tensor(mask))
