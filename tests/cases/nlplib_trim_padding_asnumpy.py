# case: encoder-decoder bridge that trims the batch to its longest real length by reading the attention mask through .asnumpy() before cross-attention -> .asnumpy() on a tensor in construct, error or dynamic shape
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class BridgeConfig:
    def __init__(self, d_model=16, num_heads=2, trim_padding=True):
        self.d_model = d_model
        self.num_heads = num_heads
        self.trim_padding = trim_padding


class EncoderBridge(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.trim_padding = config.trim_padding
        self.proj = nn.Dense(config.d_model, config.d_model)
        self.norm = nn.LayerNorm((config.d_model,))

    def _longest(self, attention_mask):
        lengths = attention_mask.asnumpy().sum(axis=-1)
        return int(lengths.max())

    def construct(self, encoder_hidden_states, attention_mask):
        if self.trim_padding:
            max_len = self._longest(attention_mask)
            encoder_hidden_states = encoder_hidden_states[:, :max_len]
            attention_mask = attention_mask[:, :max_len]
        h = self.norm(self.proj(encoder_hidden_states))
        return h * attention_mask.expand_dims(-1).astype(h.dtype)


def make():
    np.random.seed(3370)
    cfg = BridgeConfig()
    h = np.random.randn(2, 10, cfg.d_model).astype(np.float32)
    mask = np.zeros((2, 10), dtype=np.int32)
    mask[0, :6] = 1
    mask[1, :4] = 1
    return EncoderBridge(cfg), (Tensor(h), Tensor(mask))
