# case: PANNs-style attention block pools frame-wise class scores over time with a softmax on a tanh-bounded attention conv -> ordinary static ops, should compile statically
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class AttConfig:
    hidden_size = 64
    n_classes = 12
    activation = "sigmoid"
    return_framewise = True


class AttBlock(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.att = nn.Conv1d(config.hidden_size, config.n_classes, 1, has_bias=True)
        self.cla = nn.Conv1d(config.hidden_size, config.n_classes, 1, has_bias=True)
        self.activation = config.activation
        self.return_framewise = getattr(config, "return_framewise", False)

    def nonlinear_transform(self, x):
        if self.activation == "linear":
            return x
        return ops.sigmoid(x)

    def construct(self, x):
        # x: (B, hidden, T)
        temperature = getattr(self, "temperature", 1.0)
        norm_att = ops.softmax(ops.clamp(ops.tanh(self.att(x)), -10.0, 10.0) / temperature, axis=-1)
        cla = self.nonlinear_transform(self.cla(x))
        clipwise = ops.sum(norm_att * cla, dim=2)
        outputs = (clipwise,)
        if self.return_framewise:
            outputs = outputs + (cla.transpose(0, 2, 1),)
        return outputs


def make():
    np.random.seed(3784)
    x = Tensor(np.random.randn(2, 64, 40).astype(np.float32))
    return AttBlock(AttConfig()), (x,)
