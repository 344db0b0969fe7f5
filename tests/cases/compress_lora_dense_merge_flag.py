# case: LoRA-wrapped Dense with rank/alpha config, dropout and a merged flag that folds B@A into the frozen weight -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor, Parameter
from mindspore.common.initializer import initializer, HeUniform, Zero


class LoRADense(nn.Cell):
    def __init__(self, in_features=8, out_features=8, rank=4, alpha=16, lora_dropout=0.0, merged=False):
        super().__init__()
        self.base = nn.Dense(in_features, out_features)
        for p in self.base.get_parameters():
            p.requires_grad = False
        self.rank = rank
        self.scaling = alpha / rank
        self.lora_a = Parameter(initializer(HeUniform(), (rank, in_features), ms.float32), name="lora_A")
        self.lora_b = Parameter(initializer(Zero(), (out_features, rank), ms.float32), name="lora_B")
        self.dropout = nn.Dropout(p=lora_dropout) if lora_dropout > 0 else nn.Identity()
        self.merged = merged

    def delta_weight(self):
        return ops.matmul(self.lora_b, self.lora_a) * self.scaling

    def construct(self, x):
        if self.merged:
            w = self.base.weight + self.delta_weight()
            return ops.matmul(x, w.T) + self.base.bias
        out = self.base(x)
        lora = ops.matmul(ops.matmul(self.dropout(x), self.lora_a.T), self.lora_b.T)
        return out + lora * self.scaling


class LoRAAttnProj(nn.Cell):
    def __init__(self, dim=8, rank=4):
        super().__init__()
        self.q = LoRADense(dim, dim, rank)
        self.v = LoRADense(dim, dim, rank, merged=True)

    def construct(self, x):
        return self.q(x) + self.v(x)


def make():
    np.random.seed(27)
    x = Tensor(np.random.randn(2, 3, 8).astype(np.float32))
    return LoRAAttnProj(), (x,)
