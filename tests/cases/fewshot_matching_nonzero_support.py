# case: matching network gathers the support items of the predicted class via nonzero indices -> dynamic shape at line 21
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


def cosine_similarity(a, b, eps=1e-6):
    a_n = a / (ops.norm(a, dim=-1, keepdim=True) + eps)
    b_n = b / (ops.norm(b, dim=-1, keepdim=True) + eps)
    return ops.matmul(a_n, b_n.T)


class MatchingNetwork(nn.Cell):
    def __init__(self, in_dim=12, emb_dim=8, n_way=3):
        super().__init__()
        self.g = nn.Dense(in_dim, emb_dim)
        self.f = nn.Dense(in_dim, emb_dim)
        self.n_way = n_way

    def nearest_class_members(self, s_emb, s_labels, cls):
        idx = ops.nonzero(s_labels == cls).reshape(-1)
        return ops.gather(s_emb, idx, 0)

    def construct(self, support, s_labels, query):
        s_emb = self.g(support)
        q_emb = self.f(query)
        attn = ops.softmax(cosine_similarity(q_emb, s_emb), axis=-1)
        onehot = ops.one_hot(s_labels, self.n_way, Tensor(1.0, ms.float32), Tensor(0.0, ms.float32))
        probs = ops.matmul(attn, onehot)
        top_class = probs[0].argmax()
        members = self.nearest_class_members(s_emb, s_labels, top_class)
        return probs, members.mean(0)


def make():
    np.random.seed(11)
    support = Tensor(np.random.randn(7, 12).astype(np.float32))
    s_labels = Tensor(np.array([0, 1, 2, 0, 1, 2, 2], dtype=np.int32))
    query = Tensor(np.random.randn(3, 12).astype(np.float32))
    return MatchingNetwork(), (support, s_labels, query)
