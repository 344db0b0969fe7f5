# case: look up per-stage turning intervals and target humidity for each wheel's predicted ripening stage with ops.gather -> index tensor from data, output shape fixed, fine in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

# stage: 0 fresh, 1 young, 2 mid, 3 mature, 4 extra-aged
STAGE_TABLE = np.array([[1.0, 95.0], [2.0, 93.0], [3.0, 90.0], [7.0, 88.0], [14.0, 85.0]], np.float32)


class StagePlanner(nn.Cell):
    def __init__(self, n_feat=4):
        super().__init__()
        self.classifier = nn.SequentialCell(nn.Dense(n_feat, 8), nn.ReLU(), nn.Dense(8, 5))
        self.table = Tensor(STAGE_TABLE)

    def construct(self, wheel_feats):
        stage = ops.argmax(self.classifier(wheel_feats), dim=1)
        plan = ops.gather(self.table, stage, 0)
        return plan[:, 0], plan[:, 1]


def make():
    np.random.seed(3236)
    feats = np.random.rand(7, 4).astype(np.float32)
    return StagePlanner(), (Tensor(feats),)
