# case: retriever scores candidate passages against the question embedding and gathers the top-k passages for the reader, k from config -> gather indices are data but every shape is static; Graph mode should compile statically
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class RetrieverConfig:
    def __init__(self, hidden_size=16, top_k_passages=3, normalize=True):
        self.hidden_size = hidden_size
        self.top_k_passages = top_k_passages
        self.normalize = normalize


def l2_normalize(x, axis=-1):
    return x / ops.sqrt((x * x).sum(axis=axis, keepdims=True) + 1e-6)


class RetrieveThenRead(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.q_enc = nn.Dense(config.hidden_size, config.hidden_size)
        self.p_enc = nn.Dense(config.hidden_size, config.hidden_size)
        self.reader = nn.Dense(config.hidden_size, 2)
        self.top_k = config.top_k_passages
        self.normalize = config.normalize

    def construct(self, question, passages):
        q = self.q_enc(question)
        p_cls = self.p_enc(passages[:, 0, :])
        if self.normalize:
            q, p_cls = l2_normalize(q), l2_normalize(p_cls)
        retrieval_scores = ops.matmul(p_cls, q)
        top_scores, top_idx = ops.topk(retrieval_scores, self.top_k)
        selected = ops.gather(passages, top_idx, 0)
        logits = self.reader(selected)
        return top_scores, top_idx, logits[..., 0], logits[..., 1]


def make():
    np.random.seed(3758)
    question = Tensor(np.random.randn(16).astype(np.float32))
    passages = Tensor(np.random.randn(8, 10, 16).astype(np.float32))
    return RetrieveThenRead(RetrieverConfig()), (question, passages)
