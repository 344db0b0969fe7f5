# case: TransformerDecoder loops over a CellList with enumerate, collects hidden states and self-attention weights into tuples only when config flags ask for them, and returns a flag-dependent tuple -> tuple lengths are fixed by Python flags, static graph
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class DecoderConfig:
    def __init__(self, vocab_size=12, d_model=32, n_head=4, num_blocks=3,
                 output_hidden_states=True, output_attentions=False, normalize_before=True):
        self.vocab_size, self.d_model, self.n_head = vocab_size, d_model, n_head
        self.num_blocks = num_blocks
        self.output_hidden_states = output_hidden_states
        self.output_attentions = output_attentions
        self.normalize_before = normalize_before


class DecoderLayer(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.h, self.d = config.n_head, config.d_model
        self.qkv = nn.Dense(config.d_model, 3 * config.d_model)
        self.ffn = nn.SequentialCell([nn.Dense(self.d, 64), nn.ReLU(), nn.Dense(64, self.d)])
        self.norm1 = nn.LayerNorm((self.d,))
        self.norm2 = nn.LayerNorm((self.d,))

    def construct(self, x, tgt_mask):
        b, t, _ = x.shape
        q, k, v = ops.split(self.qkv(self.norm1(x)), self.d, axis=-1)
        q, k, v = [y.view(b, t, self.h, -1).swapaxes(1, 2) for y in (q, k, v)]
        scores = ops.matmul(q, k.swapaxes(-1, -2)) / (self.d // self.h) ** 0.5
        attn = ops.softmax(ops.masked_fill(scores, ~tgt_mask.expand_dims(1), -1e4), axis=-1)
        x = x + ops.matmul(attn, v).swapaxes(1, 2).reshape(b, t, self.d)
        return x + self.ffn(self.norm2(x)), attn


class TransformerDecoder(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.embed = nn.Embedding(config.vocab_size, config.d_model)
        self.decoders = nn.CellList([DecoderLayer(config) for _ in range(config.num_blocks)])
        self.after_norm = nn.LayerNorm((config.d_model,))
        self.output_layer = nn.Dense(config.d_model, config.vocab_size)
        self.output_hidden_states = config.output_hidden_states
        self.output_attentions = config.output_attentions

    def construct(self, ys_in_pad):
        t = ys_in_pad.shape[1]
        tgt_mask = ops.tril(ops.ones((t, t), ms.int32)).astype(ms.bool_).expand_dims(0)
        x = self.embed(ys_in_pad)
        all_hidden = () if self.output_hidden_states else None
        all_attn = () if self.output_attentions else None
        for i, layer in enumerate(self.decoders):
            if self.output_hidden_states:
                all_hidden = all_hidden + (x,)
            x, attn = layer(x, tgt_mask)
            if self.output_attentions:
                all_attn = all_attn + (attn,)
        logits = self.output_layer(self.after_norm(x))
        outputs = (logits,)
        outputs = outputs + (all_hidden,) if self.output_hidden_states else outputs
        outputs = outputs + (all_attn,) if self.output_attentions else outputs
        return outputs


def make():
    np.random.seed(21)
    ys_in = Tensor(np.random.randint(0, 12, (2, 9)).astype(np.int32))
    return TransformerDecoder(DecoderConfig()), (ys_in,)
