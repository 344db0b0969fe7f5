# case: nn.Dense subclass adds a LoRA-style low-rank update and scaling, calling super().construct -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor, Parameter
from mindspore.common.initializer import initializer


class LoRADense(nn.Dense):
    def __init__(self, in_channels, out_channels, rank=2, alpha=4.0, merge=False, **kwargs):
        super().__init__(in_channels, out_channels, **kwargs)
        self.rank = rank
        self.scaling = alpha / rank
        self.merge = merge
        self.lora_a = Parameter(initializer("normal", (rank, in_channels), ms.float32), name="lora_a")
        self.lora_b = Parameter(initializer("zeros", (out_channels, rank), ms.float32), name="lora_b")

    def _lora_delta(self, x):
        return ops.matmul(ops.matmul(x, self.lora_a.T), self.lora_b.T) * self.scaling

    def construct(self, x):
        base = super().construct(x)
        if self.rank > 0 and not self.merge:
            base = base + self._lora_delta(x)
        return base


def make():
    np.random.seed(37)
    x = Tensor(np.random.randn(4, 6).astype(np.float32))
    return LoRADense(6, 3), (x,)
