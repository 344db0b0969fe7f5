# case: ConvE scorer reshaping stacked head/relation embeddings into a 2-D image and convolving -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class ConvE(nn.Cell):
    def __init__(self, num_entities=30, num_relations=5, emb_h=4, emb_w=4, channels=4, kernel=3,
                 hidden_drop=0.0):
        super().__init__()
        dim = emb_h * emb_w
        self.emb_h, self.emb_w = emb_h, emb_w
        self.ent = nn.Embedding(num_entities, dim)
        self.rel = nn.Embedding(num_relations, dim)
        self.conv = nn.Conv2d(1, channels, kernel, pad_mode="valid")
        self.bn0 = nn.BatchNorm2d(1)
        self.bn1 = nn.BatchNorm2d(channels)
        flat = channels * (2 * emb_h - kernel + 1) * (emb_w - kernel + 1)
        self.fc = nn.Dense(flat, dim)
        self.drop = nn.Dropout(p=hidden_drop) if hidden_drop > 0 else nn.Identity()
        self.ent_bias = ms.Parameter(ms.numpy.zeros(num_entities, ms.float32), name="ent_bias")

    def construct(self, heads, rels):
        b = heads.shape[0]
        h = self.ent(heads).reshape(b, 1, self.emb_h, self.emb_w)
        r = self.rel(rels).reshape(b, 1, self.emb_h, self.emb_w)
        x = self.bn0(ops.concat((h, r), axis=2))
        x = ops.relu(self.bn1(self.conv(x)))
        x = self.drop(self.fc(x.reshape(b, -1)))
        x = ops.relu(x)
        logits = ops.matmul(x, self.ent.embedding_table.T) + self.ent_bias
        return ops.sigmoid(logits)


def make():
    np.random.seed(32)
    h = np.random.randint(0, 30, 4).astype(np.int32)
    r = np.random.randint(0, 5, 4).astype(np.int32)
    return ConvE(), (Tensor(h), Tensor(r))
