# case: recognition model wraps embeddings and logits in a jit_class output object built in construct when return_dict is on (the default) -> jit_class instance created and returned from construct, may be rejected in graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


@ms.jit_class
class FaceRecognitionOutput:
    def __init__(self, embeddings, logits, norms):
        self.embeddings = embeddings
        self.logits = logits
        self.norms = norms


class RecogConfig:
    in_features = 48
    embedding_size = 24
    num_classes = 8
    return_dict = True


class FaceRecognizer(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.return_dict = config.return_dict
        self.neck = nn.SequentialCell([nn.Dense(config.in_features, config.embedding_size), nn.BatchNorm1d(config.embedding_size)])
        self.head = nn.Dense(config.embedding_size, config.num_classes, has_bias=False)

    def construct(self, features, return_dict=None):
        return_dict = return_dict if return_dict is not None else self.return_dict
        emb = self.neck(features)
        norms = ops.norm(emb, dim=1, keepdim=True)
        logits = self.head(emb / norms)
        if not return_dict:
            return (emb, logits, norms)
        return FaceRecognitionOutput(emb, logits, norms)


def make():
    np.random.seed(37610)
    net = FaceRecognizer(RecogConfig())
    net.set_train(False)
    return net, (Tensor(np.random.randn(6, RecogConfig.in_features).astype(np.float32)),)
