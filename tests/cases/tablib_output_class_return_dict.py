# case: FT-Transformer head with config.return_dict=True builds and returns a plain Python output class in construct -> Graph mode rejects the object (or falls back)
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class TabularModelOutput:
    def __init__(self, logits, cls_embedding=None, attentions=None):
        self.logits = logits
        self.cls_embedding = cls_embedding
        self.attentions = attentions


class HeadConfig:
    d_token = 8
    n_classes = 3
    return_dict = True
    output_attentions = False


class FTHead(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.return_dict = config.return_dict
        self.output_attentions = config.output_attentions
        self.norm = nn.LayerNorm((config.d_token,))
        self.out = nn.Dense(config.d_token, config.n_classes)

    def _pack(self, logits, cls_emb, attn):
        if not self.return_dict:
            outputs = (logits, cls_emb)
            return outputs + (attn,) if self.output_attentions else outputs
        return TabularModelOutput(logits=logits, cls_embedding=cls_emb, attentions=attn)

    def construct(self, tokens, attn=None):
        cls_emb = tokens[:, 0]
        logits = self.out(ops.relu(self.norm(cls_emb)))
        return self._pack(logits, cls_emb, attn)


def make():
    np.random.seed(23)
    tokens = Tensor(np.random.randn(4, 7, 8).astype(np.float32))
    return FTHead(HeadConfig()), (tokens,)
