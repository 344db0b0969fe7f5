# case: a memory-conscious port that uses `del attn_weights, scores` to free intermediates inside construct (a PyTorch habit); the graph parser rejects the Delete statement
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class LeanAttention(nn.Cell):
    def __init__(self, hidden=8):
        super().__init__()
        self.qkv = nn.Dense(hidden, 3 * hidden)
        self.out = nn.Dense(hidden, hidden)
        self.scale = hidden ** -0.5

    def construct(self, x):
        q, k, v = ops.split(self.qkv(x), x.shape[-1], axis=-1)
        scores = ops.bmm(q, k.swapaxes(1, 2)) * self.scale
        attn_weights = ops.softmax(scores, axis=-1)
        context = ops.bmm(attn_weights, v)
        del attn_weights, scores
        return self.out(context)


def make():
    x = Tensor(np.random.randn(2, 4, 8).astype(np.float32))
    return LeanAttention(), (x,)


if __name__ == "__main__":
    net, args = make()
    print(net(*args).shape)
