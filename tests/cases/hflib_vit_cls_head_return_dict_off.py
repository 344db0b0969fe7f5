# case: ViT image classifier whose construct would build an ImageClassifierOutput object only when return_dict is set; the config leaves it off so a plain tuple is returned -> the output-class branch is never taken, static graph expected
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class ImageClassifierOutput:
    def __init__(self, logits=None, hidden_states=None):
        self.logits = logits
        self.hidden_states = hidden_states


class ViTConfig:
    def __init__(self, hidden_size=48, num_labels=5, use_return_dict=False, layer_norm_eps=1e-12):
        self.hidden_size = hidden_size
        self.num_labels = num_labels
        self.use_return_dict = use_return_dict
        self.layer_norm_eps = layer_norm_eps


class ViTForImageClassification(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.config = config
        self.layernorm = nn.LayerNorm((config.hidden_size,), epsilon=config.layer_norm_eps)
        self.classifier = nn.Dense(config.hidden_size, config.num_labels)
        self.use_return_dict = config.use_return_dict

    def construct(self, sequence_output, return_dict=None):
        return_dict = return_dict if return_dict is not None else self.use_return_dict
        sequence_output = self.layernorm(sequence_output)
        logits = self.classifier(sequence_output[:, 0, :])
        if not return_dict:
            return (logits, sequence_output)
        return ImageClassifierOutput(logits=logits, hidden_states=sequence_output)


def make():
    np.random.seed(12)
    model = ViTForImageClassification(ViTConfig())
    seq = Tensor(np.random.randn(2, 17, 48).astype(np.float32))
    return model, (seq,)
