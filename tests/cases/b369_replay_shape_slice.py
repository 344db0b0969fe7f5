# case: experience-replay step concatenates as many memory samples as the incoming batch has rows, using n = batch.shape[0] to slice memory and labels -> shape-only slice bound, static graph compiles
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor, Parameter


class ERConfig:
    memory_size = 40
    feat_dim = 12
    num_classes = 6
    replay_weight = 1.0


class ExperienceReplayStep(nn.Cell):
    def __init__(self, config, classifier=None):
        super().__init__()
        self.classifier = classifier if classifier is not None else nn.Dense(config.feat_dim, config.num_classes)
        self.replay_weight = config.replay_weight
        self._init_memory(config)

    def _init_memory(self, config):
        mem_x = np.random.randn(config.memory_size, config.feat_dim).astype(np.float32)
        mem_y = np.random.randint(0, config.num_classes, size=(config.memory_size,)).astype(np.int32)
        self.mem_x = Parameter(Tensor(mem_x), name="mem_x", requires_grad=False)
        self.mem_y = Parameter(Tensor(mem_y), name="mem_y", requires_grad=False)

    def construct(self, batch_x, batch_y):
        n = batch_x.shape[0]
        replay_x = self.mem_x[:n]
        replay_y = self.mem_y[:n]
        loss_new = ops.cross_entropy(self.classifier(batch_x), batch_y)
        loss_old = ops.cross_entropy(self.classifier(replay_x), replay_y)
        return loss_new + self.replay_weight * loss_old


def make():
    np.random.seed(41)
    step = ExperienceReplayStep(ERConfig())
    x = Tensor(np.random.randn(8, 12).astype(np.float32))
    y = Tensor(np.random.randint(0, 6, size=(8,)).astype(np.int32))
    return step, (x, y)
