# case: same FT-Transformer head with a TabularModelOutput class, but return_dict defaults to False and is never set, so only a tuple whose length depends on output_attentions is returned -> Graph mode compiles statically
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class TabularModelOutput:
    def __init__(self, logits, cls_embedding=None, attentions=None):
        self.logits = logits
        self.cls_embedding = cls_embedding
        self.attentions = attentions


class HeadConfig:
    def __init__(self, d_token=8, n_classes=3, return_dict=False, output_attentions=True):
        self.d_token = d_token
        self.n_classes = n_classes
        self.return_dict = return_dict
        self.output_attentions = output_attentions


class FTHead(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.return_dict = config.return_dict
        self.output_attentions = config.output_attentions
        self.norm = nn.LayerNorm((config.d_token,))
        self.attn_score = nn.Dense(config.d_token, 1)
        self.out = nn.Dense(config.d_token, config.n_classes)

    def construct(self, tokens):
        scores = ops.softmax(self.attn_score(tokens).squeeze(-1), axis=-1)
        pooled = (scores[..., None] * tokens).sum(1)
        logits = self.out(ops.relu(self.norm(pooled)))
        if self.return_dict:
            return TabularModelOutput(logits=logits, cls_embedding=pooled, attentions=scores)
        outputs = (logits, pooled) + ((scores,) if self.output_attentions else ())
        return outputs


def make():
    np.random.seed(24)
    tokens = Tensor(np.random.randn(4, 7, 8).astype(np.float32))
    return FTHead(HeadConfig()), (tokens,)
