# case: task-specific low-rank adapters stored as stacked Parameters and selected per sample with ops.gather on a task-index tensor -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class LoRAAdapterBank(nn.Cell):
    def __init__(self, num_tasks=4, dim=12, rank=2, alpha=4.0):
        super().__init__()
        self.A = ms.Parameter(Tensor(np.random.randn(num_tasks, dim, rank).astype(np.float32) * 0.02), name="lora_A")
        self.B = ms.Parameter(Tensor(np.zeros((num_tasks, rank, dim), np.float32)), name="lora_B")
        self.scaling = alpha / rank

    def construct(self, h, task_idx):
        a = ops.gather(self.A, task_idx, 0)
        b = ops.gather(self.B, task_idx, 0)
        delta = ops.bmm(ops.bmm(h, a), b)
        return h + self.scaling * delta


class AdaptedEncoder(nn.Cell):
    def __init__(self, dim=12, num_tasks=4, use_adapters=True):
        super().__init__()
        self.proj = nn.Dense(dim, dim)
        self.adapters = LoRAAdapterBank(num_tasks, dim)
        self.use_adapters = use_adapters
        self.norm = nn.LayerNorm((dim,))

    def construct(self, x, task_idx):
        h = self.proj(x)
        if self.use_adapters:
            h = self.adapters(h, task_idx)
        return self.norm(ops.gelu(h))


def make():
    np.random.seed(28)
    enc = AdaptedEncoder()
    x = Tensor(np.random.randn(3, 5, 12).astype(np.float32))
    tids = Tensor(np.array([1, 3, 0], np.int32))
    return enc, (x, tids)
