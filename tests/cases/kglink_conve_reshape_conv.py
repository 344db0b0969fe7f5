# case: ConvE stacks head and relation embeddings as a 2D image, applies conv, projects and scores all entities -> static shapes
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class ConvE(nn.Cell):
    def __init__(self, num_entities, num_relations, emb_h=4, emb_w=4, channels=3):
        super().__init__()
        dim = emb_h * emb_w
        self.emb_h, self.emb_w = emb_h, emb_w
        self.ent = nn.Embedding(num_entities, dim)
        self.rel = nn.Embedding(num_relations, dim)
        self.conv = nn.Conv2d(1, channels, 3, pad_mode="valid", has_bias=True)
        flat = channels * (2 * emb_h - 2) * (emb_w - 2)
        self.fc = nn.Dense(flat, dim)
        self.bn = nn.BatchNorm2d(channels)

    def construct(self, heads, rels):
        b = heads.shape[0]
        h = self.ent(heads).reshape(b, 1, self.emb_h, self.emb_w)
        r = self.rel(rels).reshape(b, 1, self.emb_h, self.emb_w)
        x = ops.concat((h, r), axis=2)
        x = ops.relu(self.bn(self.conv(x)))
        x = ops.relu(self.fc(x.reshape(b, -1)))
        return ops.matmul(x, self.ent.embedding_table.T)


def make():
    np.random.seed(19)
    net = ConvE(20, 4)
    heads = Tensor(np.random.randint(0, 20, (5,)).astype(np.int32))
    rels = Tensor(np.random.randint(0, 4, (5,)).astype(np.int32))
    return net, (heads, rels)
