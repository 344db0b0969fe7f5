# case: multi-exit network evaluates every exit head in a constant loop over a CellList and stacks the logits for a deep-supervision loss -> static graph
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class ExitHead(nn.Cell):
    def __init__(self, dim, num_classes):
        super().__init__()
        self.pool_proj = nn.Dense(dim, dim // 2)
        self.cls = nn.Dense(dim // 2, num_classes)

    def construct(self, tokens):
        pooled = tokens.mean(axis=1)
        return self.cls(ops.relu(self.pool_proj(pooled)))


class DeeplySupervisedViT(nn.Cell):
    def __init__(self, dim=16, depth=4, num_classes=6):
        super().__init__()
        self.layers = nn.CellList([nn.Dense(dim, dim) for _ in range(depth)])
        self.heads = nn.CellList([ExitHead(dim, num_classes) for _ in range(depth)])
        self.loss_weights = [0.25 * (i + 1) for i in range(depth)]

    def construct(self, tokens, labels):
        all_logits = []
        loss = 0.0
        for layer, head, w in zip(self.layers, self.heads, self.loss_weights):
            tokens = tokens + ops.gelu(layer(tokens))
            logits = head(tokens)
            all_logits.append(logits)
            loss = loss + w * ops.cross_entropy(logits, labels)
        return ops.stack(all_logits, axis=0), loss


def make():
    np.random.seed(15)
    tokens = Tensor(np.random.randn(3, 7, 16).astype(np.float32))
    labels = Tensor(np.array([0, 2, 5], dtype=np.int32))
    return DeeplySupervisedViT(), (tokens, labels)
