# case: recognition model returns a flag-dependent tuple (embedding, plus norms and logits when requested) with return_dict off in the config -> tuple length fixed at compile time, static graph
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class ModelConfig:
    in_features = 40
    embedding_size = 16
    num_classes = 7
    output_norms = True
    output_logits = False
    return_dict = False


class FaceModelOutput:
    def __init__(self, embedding, norms=None, logits=None):
        self.embedding, self.norms, self.logits = embedding, norms, logits


class FaceModel(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.output_norms = config.output_norms
        self.output_logits = config.output_logits
        self.return_dict = config.return_dict
        self.body = nn.SequentialCell([nn.Dense(config.in_features, 32), nn.ReLU(), nn.Dense(32, config.embedding_size)])
        self.cls = nn.Dense(config.embedding_size, config.num_classes)

    def construct(self, x):
        raw = self.body(x)
        norms = ops.norm(raw, dim=1, keepdim=True)
        emb = raw / norms
        outputs = (emb,)
        outputs = outputs + (norms,) if self.output_norms else outputs
        outputs = outputs + (self.cls(emb),) if self.output_logits else outputs
        if self.return_dict:
            return FaceModelOutput(*outputs)
        return outputs


def make():
    np.random.seed(37628)
    return FaceModel(ModelConfig()), (Tensor(np.random.randn(3, ModelConfig.in_features).astype(np.float32)),)
