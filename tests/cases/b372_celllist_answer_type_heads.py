# case: span, yes and no heads kept in an nn.CellList and applied with zip/enumerate over configured head names; outputs tuple grows with output_attentions flag -> loops over a CellList and constant flags; Graph mode should compile statically
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

HEAD_SIZES = {"span": 2, "yes": 1, "no": 1, "unknown": 1}


class MultiHeadConfig:
    def __init__(self, hidden_size=16, heads=("span", "yes", "no"), output_attentions=False):
        self.hidden_size = hidden_size
        self.heads = heads
        self.output_attentions = output_attentions


class AnswerTypeHeads(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.head_names = tuple(config.heads)
        self.heads = nn.CellList([nn.Dense(config.hidden_size, HEAD_SIZES[n]) for n in self.head_names])
        self.attn = nn.Dense(config.hidden_size, 1)
        self.output_attentions = config.output_attentions

    def construct(self, hidden):
        attn = ops.softmax(self.attn(hidden).squeeze(-1), axis=-1)
        pooled = (attn.expand_dims(-1) * hidden).sum(axis=1)
        outs = ()
        for i, (name, head) in enumerate(zip(self.head_names, self.heads)):
            if name == "span":
                logits = head(hidden)
                outs = outs + (logits[..., 0], logits[..., 1])
            else:
                outs = outs + (head(pooled).squeeze(-1) * (i + 1),)
        return outs + (attn,) if self.output_attentions else outs


def make():
    np.random.seed(3745)
    hidden = Tensor(np.random.randn(2, 10, 16).astype(np.float32))
    return AnswerTypeHeads(MultiHeadConfig()), (hidden,)
