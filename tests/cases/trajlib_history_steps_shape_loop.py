# case: temporal agent encoder loops over history steps using history.shape[1] and masks unobserved steps by multiplication with a validity mask -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class TemporalEncoder(nn.Cell):
    def __init__(self, state_dim=4, hidden_size=32, use_time_embedding=True):
        super().__init__()
        self.use_time_embedding = use_time_embedding
        self.embed = nn.Dense(state_dim, hidden_size)
        self.time_embed = nn.Embedding(32, hidden_size)
        self.norm = nn.LayerNorm((hidden_size,))

    def _encode_steps(self, history, step_mask):
        steps = []
        for t in range(history.shape[1]):
            e = self.embed(history[:, t])
            if self.use_time_embedding:
                e = e + self.time_embed(Tensor([t], ms.int32))
            steps.append(e * step_mask[:, t:t + 1])
        return steps

    def construct(self, history, step_mask):
        step_mask = step_mask.astype(history.dtype)
        steps = self._encode_steps(history, step_mask)
        total = ops.stack(steps, axis=1).sum(axis=1)
        h = total / ops.clamp(step_mask.sum(axis=1, keepdims=True), min=1.0)
        return self.norm(h)


def make():
    np.random.seed(15)
    hist = Tensor(np.random.randn(8, 10, 4).astype(np.float32))
    m = np.ones((8, 10), dtype=np.bool_)
    m[:, :3] = False
    return TemporalEncoder(), (hist, Tensor(m))
