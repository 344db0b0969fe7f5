# case: softmax temperature that may be a Python float or a per-instance tensor, dispatched with isinstance checks -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class TemperedPolicyHead(nn.Cell):
    def __init__(self, embed_dim=8, default_temp=1.0, tanh_clip=None):
        super().__init__()
        self.default_temp = default_temp
        self.tanh_clip = tanh_clip
        self.q = nn.Dense(embed_dim, embed_dim)

    def scale(self, logits, temp):
        if temp is None:
            temp = self.default_temp
        if isinstance(temp, (int, float)):
            return logits / float(temp)
        if isinstance(temp, Tensor):
            return logits / temp.view(-1, 1)
        return logits

    def construct(self, node_emb, ctx, visited, temp):
        logits = ops.bmm(node_emb, self.q(ctx).expand_dims(-1)).squeeze(-1)
        if self.tanh_clip is not None:
            logits = self.tanh_clip * ops.tanh(logits)
        logits = self.scale(logits, temp)
        logits = ops.where(visited, ops.full_like(logits, -1e9), logits)
        return ops.softmax(logits, -1)


def make():
    np.random.seed(30)
    emb = Tensor(np.random.randn(3, 4, 8).astype(np.float32))
    ctx = Tensor(np.random.randn(3, 8).astype(np.float32))
    vis = np.zeros((3, 4), bool)
    vis[:, 1] = True
    return TemperedPolicyHead(), (emb, ctx, Tensor(vis), Tensor(np.array([0.5, 1.0, 2.0], np.float32)))
