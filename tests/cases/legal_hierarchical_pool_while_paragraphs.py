# case: hierarchical document encoder that walks paragraphs with a while loop bounded by a tensor paragraph count and appends each paragraph vector to a list -> data-dependent loop growing a list, error or dynamic in graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class ParagraphEncoder(nn.Cell):
    def __init__(self, hidden):
        super().__init__()
        self.proj = nn.Dense(hidden, hidden)

    def construct(self, tokens):
        return ops.tanh(self.proj(tokens)).max(axis=0)


class HierarchicalDocEncoder(nn.Cell):
    def __init__(self, hidden=8):
        super().__init__()
        self.para_encoder = ParagraphEncoder(hidden)
        self.doc_proj = nn.Dense(hidden, hidden)

    def construct(self, para_tokens, num_paragraphs):
        vecs = []
        i = 0
        while i < num_paragraphs:
            vecs.append(self.para_encoder(para_tokens[i]))
            i = i + 1
        doc = ops.stack(vecs, axis=0).mean(axis=0)
        return self.doc_proj(doc)


def make():
    np.random.seed(35)
    para_tokens = Tensor(np.random.randn(6, 10, 8).astype(np.float32))
    num_paragraphs = Tensor(np.array(4, dtype=np.int32))
    return HierarchicalDocEncoder(), (para_tokens, num_paragraphs)
