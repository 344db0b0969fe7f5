# case: sequence-classification head that returns a SequenceClassifierOutput plain-Python object because config.use_return_dict defaults to True -> a Python class instance created and returned in construct, Graph mode likely rejects it
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class SequenceClassifierOutput:
    def __init__(self, loss=None, logits=None, hidden_states=None, attentions=None):
        self.loss = loss
        self.logits = logits
        self.hidden_states = hidden_states
        self.attentions = attentions


class ClsConfig:
    hidden_size = 32
    num_labels = 3
    classifier_dropout = None
    hidden_dropout_prob = 0.1
    use_return_dict = True


class RobertaClassificationHead(nn.Cell):
    def __init__(self, config):
        super().__init__()
        dropout = config.classifier_dropout if config.classifier_dropout is not None else config.hidden_dropout_prob
        self.dense = nn.Dense(config.hidden_size, config.hidden_size)
        self.dropout = nn.Dropout(p=dropout)
        self.out_proj = nn.Dense(config.hidden_size, config.num_labels)

    def construct(self, features):
        x = self.dropout(features[:, 0, :])
        x = ops.tanh(self.dense(x))
        return self.out_proj(self.dropout(x))


class RobertaForSequenceClassification(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.num_labels = config.num_labels
        self.classifier = RobertaClassificationHead(config)
        self.use_return_dict = config.use_return_dict

    def construct(self, sequence_output, labels=None):
        logits = self.classifier(sequence_output)
        loss = None
        if labels is not None:
            loss = ops.cross_entropy(logits.view(-1, self.num_labels), labels.view(-1))
        if not self.use_return_dict:
            output = (logits,)
            return ((loss,) + output) if loss is not None else output
        return SequenceClassifierOutput(loss=loss, logits=logits, hidden_states=sequence_output)


def make():
    np.random.seed(21)
    model = RobertaForSequenceClassification(ClsConfig())
    model.set_train(False)
    seq = Tensor(np.random.randn(4, 9, 32).astype(np.float32))
    labels = Tensor(np.array([0, 2, 1, 1], dtype=np.int32))
    return model, (seq, labels)
