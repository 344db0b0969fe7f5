# case: CurricularFace head carries a debug branch that dumps cosines with .asnumpy(), guarded by a config flag that defaults to False and is never set -> untaken constant branch, static graph
import math
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor, Parameter


class CurricularConfig:
    embedding_size = 32
    num_classes = 10
    scale = 64.0
    margin = 0.5
    momentum = 0.01
    debug = False


class CurricularFace(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.s, self.momentum = config.scale, config.momentum
        self.cos_m, self.sin_m = math.cos(config.margin), math.sin(config.margin)
        self.debug = config.debug
        self.kernel = Parameter(Tensor(np.random.normal(0, 0.01, (config.embedding_size, config.num_classes)).astype(np.float32)), name="kernel")
        self.t = Parameter(Tensor(np.zeros((1,), np.float32)), name="t", requires_grad=False)

    def _dump(self, cos):
        if self.debug:
            np.save("cos_dump.npy", cos.asnumpy())

    def construct(self, emb, labels):
        cos = ops.matmul(ops.L2Normalize(axis=1)(emb), ops.L2Normalize(axis=0)(self.kernel)).clip(-1.0, 1.0)
        self._dump(cos)
        target = ops.gather_elements(cos, 1, labels.reshape(-1, 1))
        sin_t = ops.sqrt(1.0 - target * target)
        ctm = target * self.cos_m - sin_t * self.sin_m
        hard = (cos > ctm).astype(ms.float32)
        t_new = ops.stop_gradient(target.mean() * self.momentum + (1 - self.momentum) * self.t)
        ops.assign(self.t, t_new)
        cos = cos * (1.0 - hard) + cos * (t_new + cos) * hard
        out = ops.tensor_scatter_elements(cos, labels.reshape(-1, 1), ctm, axis=1)
        return out * self.s


def make():
    np.random.seed(37623)
    emb = Tensor(np.random.randn(6, CurricularConfig.embedding_size).astype(np.float32))
    labels = Tensor(np.random.randint(0, CurricularConfig.num_classes, 6).astype(np.int32))
    return CurricularFace(CurricularConfig()), (emb, labels)
