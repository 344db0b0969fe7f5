# case: stroke transformer layer returns (hidden,) or (hidden, attn) depending on output_attentions, with the per-call argument defaulting to None and falling back to the config -> output tuple length fixed by Python flags, expect Graph mode to compile statically
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class LayerConfig:
    def __init__(self, hidden_size=16, output_attentions=True, use_cache=False):
        self.hidden_size = hidden_size
        self.output_attentions = output_attentions
        self.use_cache = use_cache


class StrokeTransformerLayer(nn.Cell):
    def __init__(self, config):
        super().__init__()
        h = config.hidden_size
        self.q, self.k, self.v = nn.Dense(h, h), nn.Dense(h, h), nn.Dense(h, h)
        self.ff = nn.SequentialCell([nn.Dense(h, 2 * h), nn.GELU(), nn.Dense(2 * h, h)])
        self.ln1, self.ln2 = nn.LayerNorm((h,)), nn.LayerNorm((h,))
        self.output_attentions = config.output_attentions
        self.use_cache = config.use_cache

    def construct(self, x, attention_mask=None, output_attentions=None):
        output_attentions = output_attentions if output_attentions is not None else self.output_attentions
        scores = ops.matmul(self.q(x), self.k(x).swapaxes(1, 2)) / 4.0
        if attention_mask is not None:
            scores = scores + (1.0 - attention_mask[:, None, :]) * -1e4
        attn = ops.softmax(scores, axis=-1)
        h = self.ln1(x + ops.matmul(attn, self.v(x)))
        h = self.ln2(h + self.ff(h))
        outputs = (h, attn) if output_attentions else (h,)
        if self.use_cache:
            outputs = outputs + ((self.k(x), self.v(x)),)
        return outputs


def make():
    np.random.seed(3734)
    x = Tensor(np.random.randn(2, 10, 16).astype(np.float32))
    mask = np.ones((2, 10), dtype=np.float32)
    mask[1, 6:] = 0
    return StrokeTransformerLayer(LayerConfig()), (x, Tensor(mask))
