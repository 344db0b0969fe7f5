# case: BYOL momentum (EMA) teacher updated from student Parameters with ops.assign while zipping two CellLists -> compiles statically
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class EMAConfig:
    def __init__(self, hidden=16, depth=2, base_momentum=0.996, update_teacher=True):
        self.hidden = hidden
        self.depth = depth
        self.base_momentum = base_momentum
        self.update_teacher = update_teacher


def _mlp_stack(hidden, depth):
    return nn.CellList([nn.Dense(hidden, hidden) for _ in range(depth)])


class MomentumEncoderPair(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.student = _mlp_stack(config.hidden, config.depth)
        self.teacher = _mlp_stack(config.hidden, config.depth)
        for layer in self.teacher:
            for p in layer.get_parameters():
                p.requires_grad = False
        self.m = config.base_momentum
        self.update_teacher = config.update_teacher

    def _momentum_update(self):
        for s_layer, t_layer in zip(self.student, self.teacher):
            ops.assign(t_layer.weight, t_layer.weight * self.m + s_layer.weight * (1.0 - self.m))
            ops.assign(t_layer.bias, t_layer.bias * self.m + s_layer.bias * (1.0 - self.m))
        return self.m

    def _forward(self, layers, x):
        for i, layer in enumerate(layers):
            x = layer(x)
            if i < len(layers) - 1:
                x = ops.relu(x)
        return x

    def construct(self, view1, view2):
        online = self._forward(self.student, view1)
        if self.update_teacher:
            self._momentum_update()
        target = ops.stop_gradient(self._forward(self.teacher, view2))
        return 2.0 - 2.0 * ops.cosine_similarity(online, target, dim=-1).mean()


def make():
    np.random.seed(3662)
    cfg = EMAConfig()
    v1 = Tensor(np.random.randn(4, cfg.hidden).astype(np.float32))
    v2 = Tensor(np.random.randn(4, cfg.hidden).astype(np.float32))
    return MomentumEncoderPair(cfg), (v1, v2)
