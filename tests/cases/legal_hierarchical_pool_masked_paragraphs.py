# case: hierarchical document encoder with a paragraph sub-Cell applied to all padded paragraphs at once and a paragraph-validity mask built from arange < count -> static shapes, compiles fine
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class ParagraphEncoder(nn.Cell):
    def __init__(self, hidden):
        super().__init__()
        self.proj = nn.Dense(hidden, hidden)

    def construct(self, tokens):
        return ops.tanh(self.proj(tokens)).max(axis=-2)


class MaskedHierarchicalEncoder(nn.Cell):
    def __init__(self, hidden=8):
        super().__init__()
        self.para_encoder = ParagraphEncoder(hidden)
        self.doc_proj = nn.Dense(hidden, hidden)

    def construct(self, para_tokens, num_paragraphs):
        batch, max_paras = para_tokens.shape[0], para_tokens.shape[1]
        para_vecs = self.para_encoder(para_tokens)                       # (B, P, H)
        idx = ops.arange(0, max_paras, dtype=ms.int32).expand_dims(0)
        valid = (idx < num_paragraphs.expand_dims(-1)).astype(ms.float32)
        doc = (para_vecs * valid.expand_dims(-1)).sum(axis=1)
        doc = doc / ops.maximum(valid.sum(axis=1, keepdims=True), 1.0)
        return self.doc_proj(doc)


def make():
    np.random.seed(36)
    para_tokens = Tensor(np.random.randn(2, 6, 10, 8).astype(np.float32))
    num_paragraphs = Tensor(np.array([4, 6], dtype=np.int32))
    return MaskedHierarchicalEncoder(), (para_tokens, num_paragraphs)
