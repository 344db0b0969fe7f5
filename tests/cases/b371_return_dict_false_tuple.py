# case: event-token LM defines a ModelOutput class for return_dict=True but the config sets return_dict=False, so construct returns the flag-built tuple (with attentions appended only when output_attentions) -> static graph compiles
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

class EventLMOutput:
    def __init__(self, logits, attentions=None):
        self.logits = logits
        self.attentions = attentions

class EventLMConfig:
    vocab_size = 96
    d_model = 16
    n_heads = 2
    n_layers = 2
    return_dict = False
    output_attentions = True

class TinyAttention(nn.Cell):
    def __init__(self, d, heads):
        super().__init__()
        self.heads = heads
        self.qkv = nn.Dense(d, 3 * d)

    def construct(self, x):
        b, l, d = x.shape
        q, k, v = ops.split(self.qkv(x).reshape(b, l, 3, self.heads, d // self.heads).transpose(2, 0, 3, 1, 4), 1, axis=0)
        q, k, v = q.squeeze(0), k.squeeze(0), v.squeeze(0)
        a = ops.softmax(ops.matmul(q, k.swapaxes(-1, -2)) / (d // self.heads) ** 0.5, axis=-1)
        return ops.matmul(a, v).transpose(0, 2, 1, 3).reshape(b, l, d), a

class EventLM(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.config = config
        self.emb = nn.Embedding(config.vocab_size, config.d_model)
        self.layers = nn.CellList([TinyAttention(config.d_model, config.n_heads) for _ in range(config.n_layers)])
        self.head = nn.Dense(config.d_model, config.vocab_size)

    def construct(self, ids):
        h = self.emb(ids)
        all_attn = ()
        for layer in self.layers:
            out, attn = layer(h)
            h = h + out
            if self.config.output_attentions:
                all_attn = all_attn + (attn,)
        logits = self.head(h)
        if self.config.return_dict:
            return EventLMOutput(logits, all_attn)
        outputs = (logits,) + (all_attn,) if self.config.output_attentions else (logits,)
        return outputs

def make():
    np.random.seed(3723)
    lm = EventLM(EventLMConfig())
    ids = Tensor(np.random.randint(0, 96, size=(2, 10)).astype(np.int32))
    return lm, (ids,)
