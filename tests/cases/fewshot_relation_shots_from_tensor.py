# case: relation network takes the support slice length from a k_shot tensor in the episode spec -> dynamic shape at line 30
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class RelationModule(nn.Cell):
    def __init__(self, feat_dim=8, hidden=16):
        super().__init__()
        self.fc1 = nn.Dense(feat_dim * 2, hidden)
        self.fc2 = nn.Dense(hidden, 1)

    def construct(self, pairs):
        return ops.sigmoid(self.fc2(ops.relu(self.fc1(pairs))))


class RelationNet(nn.Cell):
    def __init__(self, in_dim=10, feat_dim=8, n_way=3):
        super().__init__()
        self.embed = nn.Dense(in_dim, feat_dim)
        self.relation = RelationModule(feat_dim)
        self.n_way = n_way

    def class_embeddings(self, support_emb, k_shot):
        per_class = support_emb.reshape(self.n_way, -1, support_emb.shape[-1])
        return per_class.sum(1)

    def construct(self, episode, k_shot, query):
        n_support = self.n_way * k_shot
        support = episode[:n_support]
        s_emb = self.class_embeddings(self.embed(support), k_shot)
        q_emb = self.embed(query)
        nq = q_emb.shape[0]
        s_rep = ops.broadcast_to(s_emb.expand_dims(0), (nq, self.n_way, s_emb.shape[-1]))
        q_rep = ops.broadcast_to(q_emb.expand_dims(1), (nq, self.n_way, q_emb.shape[-1]))
        pairs = ops.concat((s_rep, q_rep), axis=-1)
        return self.relation(pairs).squeeze(-1)


def make():
    np.random.seed(10)
    episode = Tensor(np.random.randn(9, 10).astype(np.float32))
    k_shot = Tensor(2, ms.int32)
    query = Tensor(np.random.randn(4, 10).astype(np.float32))
    return RelationNet(), (episode, k_shot, query)
