# case: SASRec transformer stack loops over an nn.CellList of blocks with enumerate, collecting hidden states and attention maps in tuples whose length depends on output flags -> flags and Python-int loop, expected static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class SASRecConfig:
    def __init__(self, hidden=16, n_blocks=2, output_hidden_states=True, output_attentions=False):
        self.hidden = hidden
        self.n_blocks = n_blocks
        self.output_hidden_states = output_hidden_states
        self.output_attentions = output_attentions


class PointWiseBlock(nn.Cell):
    def __init__(self, hidden):
        super().__init__()
        self.attn_proj = nn.Dense(hidden, hidden)
        self.ffn = nn.SequentialCell([nn.Dense(hidden, hidden), nn.ReLU(), nn.Dense(hidden, hidden)])
        self.norm = nn.LayerNorm((hidden,))

    def construct(self, h, causal):
        scores = ops.matmul(h, self.attn_proj(h).swapaxes(1, 2))
        attn = ops.softmax(scores + causal, axis=-1)
        h = self.norm(h + ops.matmul(attn, h))
        return h + self.ffn(h), attn


class SASRecEncoder(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.blocks = nn.CellList([PointWiseBlock(config.hidden) for _ in range(config.n_blocks)])
        self.output_hidden_states = config.output_hidden_states
        self.output_attentions = config.output_attentions

    def construct(self, h):
        l = h.shape[1]
        causal = ops.triu(ops.ones((l, l), ms.float32), diagonal=1) * -1e9
        all_hidden = ()
        all_attn = ()
        for i, block in enumerate(self.blocks):
            if self.output_hidden_states:
                all_hidden = all_hidden + (h,)
            h, attn = block(h, causal)
            if self.output_attentions:
                all_attn = all_attn + (attn,)
        outputs = (h,)
        if self.output_hidden_states:
            outputs = outputs + (all_hidden + (h,),)
        return outputs + (all_attn,) if self.output_attentions else outputs


def make():
    np.random.seed(3582)
    h = Tensor(np.random.randn(2, 6, 16).astype(np.float32))
    return SASRecEncoder(SASRecConfig()), (h,)
