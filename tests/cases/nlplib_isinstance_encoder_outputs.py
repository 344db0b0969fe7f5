# case: decoder cross-attention entry that accepts encoder_outputs either as a tuple or a bare Tensor, unwrapping with isinstance guards, and builds a default encoder mask when none is given -> type checks resolved at compile time, static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class CrossConfig:
    def __init__(self, d_model=16, add_cross_attention=True):
        self.d_model = d_model
        self.add_cross_attention = add_cross_attention


class CrossAttentionDecoder(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.add_cross_attention = config.add_cross_attention
        self.q = nn.Dense(config.d_model, config.d_model)
        self.kv = nn.Dense(config.d_model, config.d_model)
        self.norm = nn.LayerNorm((config.d_model,))

    def construct(self, hidden_states, encoder_outputs=None, encoder_attention_mask=None):
        if not self.add_cross_attention or encoder_outputs is None:
            return self.norm(hidden_states)
        if isinstance(encoder_outputs, (list, tuple)):
            encoder_hidden = encoder_outputs[0]
        else:
            encoder_hidden = encoder_outputs
        if not isinstance(encoder_attention_mask, Tensor):
            encoder_attention_mask = ops.ones(encoder_hidden.shape[:2], ms.float32)
        kv = self.kv(encoder_hidden)
        scores = ops.bmm(self.q(hidden_states), kv.swapaxes(1, 2))
        scores = scores + (1.0 - encoder_attention_mask[:, None, :]) * -1e4
        return self.norm(hidden_states + ops.bmm(ops.softmax(scores, axis=-1), kv))


def make():
    np.random.seed(3394)
    cfg = CrossConfig()
    h = Tensor(np.random.randn(2, 3, cfg.d_model).astype(np.float32))
    enc = Tensor(np.random.randn(2, 6, cfg.d_model).astype(np.float32))
    return CrossAttentionDecoder(cfg), (h, (enc,))
