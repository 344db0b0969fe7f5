# case: LM forward keeps only the last position's hidden state when the attention mask shows more than one real token (prefill) and the full sequence otherwise, decided by an if on the mask sum -> branches on a tensor value return different shapes; expect error
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class ModelConfig:
    def __init__(self, hidden_size=16, vocab_size=30, logits_to_keep="auto"):
        self.hidden_size = hidden_size
        self.vocab_size = vocab_size
        self.logits_to_keep = logits_to_keep


class LMHeadWithPrefillTrim(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.norm = nn.LayerNorm((config.hidden_size,))
        self.lm_head = nn.Dense(config.hidden_size, config.vocab_size, has_bias=False)
        self.auto_trim = config.logits_to_keep == "auto"

    def _select_positions(self, hidden, attention_mask):
        if self.auto_trim:
            if attention_mask.sum(axis=-1).max() > 1:
                return hidden[:, -1:, :]
        return hidden

    def construct(self, hidden_states, attention_mask):
        hidden = self._select_positions(self.norm(hidden_states), attention_mask)
        return self.lm_head(hidden)


def make():
    np.random.seed(3658)
    hidden = Tensor(np.random.randn(2, 6, 16).astype(np.float32))
    mask = Tensor(np.ones((2, 6), np.int32))
    return LMHeadWithPrefillTrim(ModelConfig()), (hidden, mask)
