# case: incremental prefill writes the prompt into the KV cache one position at a time, looping range(int(prompt_len)) where prompt_len comes from the attention mask sum, and collects per-step keys in a list -> loop count from data, Graph mode should reject or unroll wrongly
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class PrefillConfig:
    def __init__(self, hidden_size=16, max_cache_len=8, chunked_prefill=True):
        self.hidden_size = hidden_size
        self.max_cache_len = max_cache_len
        self.chunked_prefill = chunked_prefill


class IncrementalPrefill(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.max_cache_len = config.max_cache_len
        self.chunked_prefill = config.chunked_prefill
        self.k_proj = nn.Dense(config.hidden_size, config.hidden_size)

    def _prompt_length(self, attention_mask):
        return int(attention_mask.sum())

    def construct(self, prompt_states, attention_mask):
        keys = self.k_proj(prompt_states)
        if not self.chunked_prefill:
            return keys
        cached = []
        for t in range(self._prompt_length(attention_mask)):
            cached.append(keys[t])
        pad = self.max_cache_len - len(cached)
        cache = ops.stack(cached, axis=0)
        return ops.pad(cache, (0, 0, 0, pad))


def make():
    np.random.seed(48)
    cell = IncrementalPrefill(PrefillConfig())
    x = Tensor(np.random.randn(6, 16).astype(np.float32))
    mask = Tensor(np.array([1, 1, 1, 1, 0, 0], dtype=np.int32))
    return cell, (x, mask)
