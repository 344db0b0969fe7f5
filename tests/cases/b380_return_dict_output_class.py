# case: spiking classifier returns a tuple when return_dict is off and would build a small output class otherwise; the config leaves it off -> plain output class only in the branch never taken, expect static graph
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class SpikingClassifierOutput:
    def __init__(self, logits, spike_counts=None, membrane=None):
        self.logits = logits
        self.spike_counts = spike_counts
        self.membrane = membrane


class ClassifierConfig:
    def __init__(self, num_classes=4, tau=2.0, v_threshold=1.0, use_return_dict=False, output_membrane=True):
        self.num_classes = num_classes
        self.tau = tau
        self.v_threshold = v_threshold
        self.use_return_dict = use_return_dict
        self.output_membrane = output_membrane


class SpikingClassifier(nn.Cell):
    def __init__(self, config, in_features):
        super().__init__()
        self.config = config
        self.fc = nn.Dense(in_features, config.num_classes)
        self.tau = config.tau
        self.v_threshold = config.v_threshold

    def construct(self, x_seq, return_dict=None):
        return_dict = return_dict if return_dict is not None else self.config.use_return_dict
        v = ops.zeros((x_seq.shape[1], self.fc.out_channels), ms.float32)
        counts = ops.zeros_like(v)
        for t in range(x_seq.shape[0]):
            v = v + (self.fc(x_seq[t]) - v) / self.tau
            s = (v >= self.v_threshold).astype(ms.float32)
            v = v * (1.0 - s)
            counts += s
        logits = counts / x_seq.shape[0]
        if not return_dict:
            outputs = (logits, counts)
            return outputs + (v,) if self.config.output_membrane else outputs
        return SpikingClassifierOutput(logits=logits, spike_counts=counts, membrane=v)


def make():
    np.random.seed(3828)
    x_seq = Tensor(np.random.rand(5, 2, 7).astype(np.float32) * 3.0)
    return SpikingClassifier(ClassifierConfig(), 7), (x_seq,)
